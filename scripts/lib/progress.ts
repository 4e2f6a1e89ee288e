/**
 * One progress line for long work in a terminal: a bar redrawn in place on a TTY, a plain line every
 * 10 % otherwise (CI logs, pipes).
 */
export function progressLine(label: string, total: number, stream: NodeJS.WriteStream = process.stderr) {
  let lastTenth = -1
  let drawn = false
  const render = (done: number, note: string) => {
    const share = total > 0 ? Math.min(1, done / total) : 1
    const percent = Math.floor(share * 100)
    if (stream.isTTY) {
      const width = 24
      const filled = Math.round(share * width)
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}% ${done}/${total} ${note}`,
      )
      drawn = true
    } else if (Math.floor(percent / 10) !== lastTenth) {
      lastTenth = Math.floor(percent / 10)
      stream.write(`${label}: ${percent}% (${done}/${total}) ${note}\n`)
    }
  }
  return {
    update: render,
    done: () => {
      if (drawn) stream.write('\n')
      drawn = false
    },
  }
}
