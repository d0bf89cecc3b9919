import { expect } from 'vitest'

export type Account = { email: string; password: string }

/** A person's token from Payload's REST login on the server at `base`, as the admin panel gets it. */
export const tokenOf = async (base: string, account: Account): Promise<string> => {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(account),
  })
  expect(response.status, `sign-in of ${account.email}`).toBe(200)
  return ((await response.json()) as { token: string }).token
}

/** A GET from the REST API under `base`/api that must answer 200, read as a visitor or with a token. */
export const readApi = async <T>(base: string, path: string, token?: string): Promise<T> => {
  const response = await fetch(`${base}/api/${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
  expect(response.status, path).toBe(200)
  return (await response.json()) as T
}
