import { percentiles, type Percentiles } from './measure'

/** What bench:load's readers ask for, and how its phases are summed up and printed (see load.ts). */

export const readKinds = ['home', 'search page', 'search API', 'document'] as const
export type ReadKind = (typeof readKinds)[number]
export type Sample = { kind: ReadKind; ms: number; status: number }

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

export type PhaseFigures = {
  seconds: number
  /** The server's CPU time over the phase: cores kept busy, and per read (all of it, writes included). */
  serverCpu: { busyCores: number; msPerRead: number }
  requests: number
  requestsPerSecond: number
  errors: number
  latency: Percentiles
  byKind: Record<ReadKind, { requests: number; requestsPerSecond: number; errors: number; latency: Percentiles }>
}

export const figures = (samples: Sample[], seconds: number, cpuSeconds: number): PhaseFigures => {
  const isError = (sample: Sample) => sample.status !== 200
  const of = (list: Sample[]) => ({
    requests: list.length,
    requestsPerSecond: round(list.length / seconds),
    errors: list.filter(isError).length,
    latency: percentiles(list.map((sample) => sample.ms)),
  })
  return {
    seconds: round(seconds),
    serverCpu: { busyCores: round(cpuSeconds / seconds, 2), msPerRead: round((cpuSeconds * 1000) / Math.max(1, samples.length)) },
    ...of(samples),
    byKind: Object.fromEntries(readKinds.map((kind) => [kind, of(samples.filter((sample) => sample.kind === kind))])) as PhaseFigures['byKind'],
  }
}

export const table = (phases: { name: string; figures: PhaseFigures }[]): string => {
  const rows = phases.flatMap(({ name, figures: f }) => [
    [name, 'all', f.requests, f.requestsPerSecond, f.latency.p50, f.latency.p95, f.latency.p99, f.errors],
    ...readKinds.map((kind) => {
      const k = f.byKind[kind]
      return ['', kind, k.requests, k.requestsPerSecond, k.latency.p50, k.latency.p95, k.latency.p99, k.errors]
    }),
  ])
  const header = ['phase', 'reads', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors']
  const widths = header.map((name, i) => Math.max(name.length, ...rows.map((row) => String(row[i]).length)))
  const line = (cells: (string | number)[]) => cells.map((cell, i) => (i < 2 ? String(cell).padEnd(widths[i]!) : String(cell).padStart(widths[i]!))).join('  ')
  return [line(header), ...rows.map(line)].join('\n')
}
