/**
 * The peak resident memory of this process over a stretch of work, sampled every 100 ms (and at the
 * end), for the figures `npm run reindex` and the benchmark print.
 */
export const peakMemory = () => {
  let peak = process.memoryUsage().rss
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }
  const timer = setInterval(sample, 100)
  timer.unref()
  return {
    stop: (): number => {
      clearInterval(timer)
      sample()
      return peak
    },
  }
}
