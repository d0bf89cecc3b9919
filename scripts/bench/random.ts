/**
 * Seeded randomness for the benchmark, so that one seed always gives the same corpus and queries.
 * sfc32 seeded through splitmix32: small, fast, and good enough for test data.
 */

export type Random = () => number

const splitmix32 = (seed: number) => () => {
  seed = (seed + 0x9e3779b9) | 0
  let z = seed
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
  return (z ^ (z >>> 16)) >>> 0
}

/** A generator for one purpose: the same seed and stream name always give the same numbers. */
export const seededRandom = (seed: number, stream = ''): Random => {
  let h = seed >>> 0
  for (const char of stream) h = Math.imul(h ^ char.charCodeAt(0), 0x01000193) >>> 0
  const next = splitmix32(h)
  let a = next()
  let b = next()
  let c = next()
  let d = next()
  return () => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
}

export const integer = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1))

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!

export const chance = (random: Random, probability: number) => random() < probability

/** Distinct items, in random order. */
export const sample = <T>(random: Random, items: readonly T[], count: number): T[] => {
  const copy = [...items]
  const out: T[] = []
  while (out.length < count && copy.length) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]!)
  return out
}

export const shuffle = <T>(random: Random, items: T[]): T[] => {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

/**
 * Draws ranks 0…size-1 with Zipf–Mandelbrot weights 1 / (rank + 1 + shift)^exponent, the shape word
 * frequencies take in real text (exponent ≈ 1). Cumulative weights and a binary search per draw.
 */
export class ZipfSampler {
  readonly #cumulative: Float64Array
  readonly size: number

  constructor(size: number, exponent = 1, shift = 2.7) {
    this.size = size
    this.#cumulative = new Float64Array(size)
    let total = 0
    for (let rank = 0; rank < size; rank++) {
      total += 1 / Math.pow(rank + 1 + shift, exponent)
      this.#cumulative[rank] = total
    }
    for (let rank = 0; rank < size; rank++) this.#cumulative[rank]! /= total
  }

  /** The probability of one rank. */
  weight(rank: number): number {
    return this.#cumulative[rank]! - (rank > 0 ? this.#cumulative[rank - 1]! : 0)
  }

  draw(random: Random): number {
    const target = random()
    let low = 0
    let high = this.size - 1
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.#cumulative[middle]! < target) low = middle + 1
      else high = middle
    }
    return low
  }
}
