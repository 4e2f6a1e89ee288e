import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'

import { afterAll, describe, expect, it } from 'vitest'

const COMMON = path.join(import.meta.dirname, 'common.sh')

const BASH = spawnSync('bash', ['-c', 'command -v bash'], { encoding: 'utf8' }).stdout.trim()

/** Runs a line of bash with common.sh sourced, as the entry points do. */
function bash(line: string, env: Record<string, string> = {}) {
  const result = spawnSync(BASH, ['-c', `source "${COMMON}"; ${line}`], {
    encoding: 'utf8',
    env: { NODE_ENV: 'test', PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  })
  return { status: result.status, out: stripVTControlCharacters(`${result.stdout}${result.stderr}`) }
}

/**
 * A folder of stand-in commands: `id` answers the given user id, `apt-get` (unless left out) writes its
 * arguments to a log instead of installing, and `bash`, `dirname` and `sort` are the real ones; nothing else is on the PATH.
 */
function machine(uid: number, { debian = true } = {}) {
  const bin = mkdtempSync(path.join(tmpdir(), 'disanso-common-'))
  const log = path.join(bin, 'apt-get.log')
  const tool = (name: string, body: string) => {
    writeFileSync(path.join(bin, name), `#!${BASH}\n${body}\n`)
    chmodSync(path.join(bin, name), 0o755)
  }
  tool('id', `echo ${uid}`)
  if (debian) tool('apt-get', `echo "apt-get $*" >> "${log}"`)
  for (const real of ['bash', 'dirname', 'sort'])
    symlinkSync(spawnSync(BASH, ['-c', `command -v ${real}`], { encoding: 'utf8' }).stdout.trim(), path.join(bin, real))
  made.push(bin)
  return { PATH: bin, log: () => readFileSync(log, 'utf8') }
}
const made: string[] = []
afterAll(() => {
  for (const bin of made) rmSync(bin, { recursive: true, force: true })
})

describe('ensure_system_packages', () => {
  it('passes quietly when every command is there', () => {
    expect(bash('ensure_system_packages "bash:bash" "sh:dash"; echo ok')).toEqual({ status: 0, out: 'ok\n' })
  })

  it('names the missing packages and the exact install command in one line, and stops', () => {
    const result = bash(
      'ensure_system_packages "bash:bash" "no-such-cmd-1:pkg-b" "no-such-cmd-2:pkg-a" "no-such-cmd-3:pkg-a"',
      { PATH: machine(1000).PATH },
    )
    expect(result.status).toBe(1)
    expect(result.out).toBe(
      '[di-san-so] Thiếu gói hệ thống / missing system packages: pkg-a pkg-b — chạy / run: ' +
        'sudo apt-get install -y -o DPkg::Lock::Timeout=600 pkg-a pkg-b\n',
    )
  })

  it('as root on Debian installs the missing packages itself, and says so', () => {
    const root = machine(0)
    const result = bash('ensure_system_packages "no-such-cmd-1:pkg-b" "no-such-cmd-2:pkg-a"; echo went-on', {
      PATH: root.PATH,
    })
    expect(result).toEqual({
      status: 0,
      out:
        '[di-san-so] Cài gói hệ thống / installing system packages: pkg-a pkg-b ' +
        '(apt-get install -y -o DPkg::Lock::Timeout=600 pkg-a pkg-b)\nwent-on\n',
    })
    expect(root.log()).toBe('apt-get update -qq\napt-get install -y -o DPkg::Lock::Timeout=600 pkg-a pkg-b\n')
  })

  it('as root, installs nothing when told not to (DISANSO_INSTALL_SYSTEM=0) and names the command', () => {
    const result = bash('ensure_system_packages "no-such-cmd:pkg-a"', {
      PATH: machine(0).PATH,
      DISANSO_INSTALL_SYSTEM: '0',
    })
    expect(result).toEqual({
      status: 1,
      out: '[di-san-so] Thiếu gói hệ thống / missing system packages: pkg-a — chạy / run: sudo apt-get install -y -o DPkg::Lock::Timeout=600 pkg-a\n',
    })
  })

  it('on a machine without apt-get, names the packages and the Debian command, and stops', () => {
    const result = bash('ensure_system_packages "no-such-cmd:pkg-a"', { PATH: machine(0, { debian: false }).PATH })
    expect(result).toEqual({
      status: 1,
      out:
        '[di-san-so] Thiếu gói hệ thống / missing system packages: pkg-a — cài bằng trình quản lý gói của máy / ' +
        "install them with this system's package manager (Debian: sudo apt-get install -y -o DPkg::Lock::Timeout=600 pkg-a)\n",
    })
  })
})
