/** What an NGO offers or needs, in the four groups the network exchanges: people, materials, money, other. */
export const exchangeKinds = {
  people: ['craftsperson', 'trainer', 'jobFacilitator', 'placementMentor'],
  materials: ['equipment', 'workshop', 'teachingMaterials'],
  money: ['coFunding', 'grantPartner'],
  other: ['other'],
} as const

export type ExchangeKindGroup = keyof typeof exchangeKinds
export type ExchangeKind = (typeof exchangeKinds)[ExchangeKindGroup][number]

export const kindGroups = Object.keys(exchangeKinds) as ExchangeKindGroup[]
export const allKinds = kindGroups.flatMap((group) => [...exchangeKinds[group]]) as ExchangeKind[]

export const groupOf = (kind: ExchangeKind): ExchangeKindGroup => kindGroups.find((group) => (exchangeKinds[group] as readonly string[]).includes(kind))!

export const isExchangeKind = (value: unknown): value is ExchangeKind => typeof value === 'string' && (allKinds as string[]).includes(value)

export const directions = ['offer', 'need'] as const
export type Direction = (typeof directions)[number]
export const otherDirection = (direction: Direction): Direction => (direction === 'offer' ? 'need' : 'offer')

/**
 * An item is open until someone takes it up (in discussion), then fulfilled or withdrawn with a note of what
 * came of it; a current item (open or in discussion) nobody renews for 90 days expires, and stays visible to its
 * own NGO to renew.
 */
export const exchangeStatuses = ['open', 'inDiscussion', 'fulfilled', 'withdrawn', 'expired'] as const
export type ExchangeStatus = (typeof exchangeStatuses)[number]

/** Closed items are history: they take no answers and match nothing. */
export const closedStatuses: ExchangeStatus[] = ['fulfilled', 'withdrawn', 'expired']
/** Items still current: they expire unless renewed, and their NGO may renew them. */
export const currentStatuses: ExchangeStatus[] = ['open', 'inDiscussion']
/** What an NGO may renew: a current item, or one that expired. */
export const renewableStatuses: ExchangeStatus[] = [...currentStatuses, 'expired']
export const needsClosingNote = (status: unknown) => status === 'fulfilled' || status === 'withdrawn'

export const lifetimeDays = 90
export const warnDaysBefore = 7
const day = 24 * 3600 * 1000

/** When an item posted or renewed at `from` expires. */
export const expiryFrom = (from: Date) => new Date(from.getTime() + lifetimeDays * day)
