/**
 * Counts type assertions (`x as T`, `<T>x`; not `as const`) in production TypeScript, per file:
 * `npx tsx scripts/lib/countTypeAssertions.ts [--files]`. Tests, benchmarks, generated types and
 * migrations are left out. The figure issue 14 reports before and after.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import ts from 'typescript'

const EXCLUDED = /\.test\.|\.spec\.|\/testing\/|^scripts\/bench\/|payload-types\.ts$|\/migrations\/|importMap\.js$/

export function productionFiles(root = process.cwd()): string[] {
  const listed = execFileSync(
    'git',
    ['ls-files', 'cms/src', 'media-pipeline/src', 'search/src', 'site/src', 'scripts'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
  return listed.split('\n').filter((file) => /\.(ts|tsx)$/.test(file) && !EXCLUDED.test(file))
}

export function countAssertions(source: string, fileName: string): number {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  )
  let count = 0
  const visit = (node: ts.Node): void => {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
      const type = node.type
      const isConst = ts.isTypeReferenceNode(type) && type.typeName.getText(file) === 'const'
      if (!isConst) count += 1
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return count
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const perFile = productionFiles()
    .map((file) => [file, countAssertions(readFileSync(file, 'utf8'), file)] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
  if (process.argv.includes('--files')) for (const [file, n] of perFile) console.log(`${n}\t${file}`)
  console.log(`${perFile.reduce((sum, [, n]) => sum + n, 0)} type assertions in ${perFile.length} production files`)
}
