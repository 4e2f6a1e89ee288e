/** Prints media copying progress on stderr every 10 %: `tư liệu / media 40/400 (10 %)`. */
export function progressPrinter(): (done: number, total: number) => void {
  let lastShown = -1
  return (done, total) => {
    const percent = Math.floor((done / total) * 100)
    if (percent !== lastShown && (percent % 10 === 0 || done === total)) {
      process.stderr.write(`  tư liệu / media ${done}/${total} (${percent} %)\n`)
      lastShown = percent
    }
  }
}
