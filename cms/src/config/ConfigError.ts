/**
 * A setting the archive cannot start with. The message names the variable and says, in Vietnamese
 * and English, what is accepted — it is printed as-is to the person starting the server.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'

  constructor(
    readonly variable: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}
