/**
 * The progress bar the maintenance commands (reindex, backup, restore) draw on standard error: redrawn in
 * place on a terminal, and one line per tenth of the way otherwise, so a log file stays short.
 */
export const bar = (done: number, total: number) => {
  const width = 30
  const filled = total ? Math.min(width, Math.round((done / total) * width)) : width
  return `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`
}

export const progressBar = (label: string) => {
  let shown = -1
  let drawn = false
  return {
    update(done: number, total: number) {
      if (process.stderr.isTTY) {
        process.stderr.write(`\r${label} ${bar(done, total)}`)
        drawn = true
      } else if (Math.floor((done / Math.max(total, 1)) * 10) > shown) {
        shown = Math.floor((done / Math.max(total, 1)) * 10)
        process.stderr.write(`${label} ${bar(done, total)}\n`)
      }
    },
    /** Ends the bar's line on a terminal. */
    end() {
      if (drawn) process.stderr.write('\n')
      drawn = false
    },
  }
}
