import type { PayloadRequest } from 'payload'

/** The roles of the network, from widest to narrowest reach. */
export const roles = ['admin', 'coordinator', 'reviewer', 'editor', 'member'] as const
export type Role = (typeof roles)[number]

/** The shape of a signed-in user that access rules rely on; ids stay opaque. */
export type NetworkUser = {
  collection?: string
  id: number | string
  roles?: null | Role[]
  provinces?: null | (number | string | { id: number | string })[]
  organizations?: null | { organization: number | string | { id: number | string } }[]
}

type ReqLike = { req: Pick<PayloadRequest, 'user'> }

export const userOf = ({ req }: ReqLike): NetworkUser | null =>
  req.user && req.user.collection === 'users' ? (req.user as unknown as NetworkUser) : null

export const hasRole = (user: NetworkUser | null | undefined, ...wanted: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => wanted.includes(role)))

export const idOf = (value: number | string | { id: number | string }): number | string =>
  typeof value === 'object' && value !== null ? value.id : value

/** Organizations (tenants) an NGO editor works for. */
export const organizationIDs = (user: NetworkUser | null | undefined): (number | string)[] =>
  (user?.organizations ?? []).map((row) => idOf(row.organization)).filter((id) => id != null)

/** Provinces a provincial coordinator is bound to. */
export const provinceIDs = (user: NetworkUser | null | undefined): (number | string)[] =>
  (user?.provinces ?? []).map(idOf).filter((id) => id != null)

/** Users whose work is not bound to one NGO: the tenant plugin lets our own rules decide for them. */
export const worksAcrossOrganizations = (user: NetworkUser | null | undefined): boolean =>
  hasRole(user, 'admin', 'reviewer', 'coordinator')
