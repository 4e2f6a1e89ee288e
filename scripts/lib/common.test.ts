import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'

import { describe, expect, it } from 'vitest'

const COMMON = path.join(import.meta.dirname, 'common.sh')

/** Runs a line of bash with common.sh sourced, as the entry points do. */
function bash(line: string, env: Record<string, string> = {}) {
  const result = spawnSync('bash', ['-c', `source "${COMMON}"; ${line}`], {
    encoding: 'utf8',
    env: { NODE_ENV: 'test', PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  })
  return { status: result.status, out: stripVTControlCharacters(`${result.stdout}${result.stderr}`) }
}

describe('ensure_system_packages', () => {
  it('passes quietly when every command is there', () => {
    expect(bash('ensure_system_packages "bash:bash" "sh:dash"; echo ok')).toEqual({ status: 0, out: 'ok\n' })
  })

  it('names the missing packages and the exact install command in one line, and stops', () => {
    const result = bash(
      'ensure_system_packages "bash:bash" "no-such-cmd-1:pkg-b" "no-such-cmd-2:pkg-a" "no-such-cmd-3:pkg-a"',
    )
    expect(result.status).toBe(1)
    expect(result.out).toBe(
      '[di-san-so] Thiếu gói hệ thống / missing system packages: pkg-a pkg-b — chạy / run: ' +
        'sudo apt-get install -y -o DPkg::Lock::Timeout=600 pkg-a pkg-b\n',
    )
  })
})
