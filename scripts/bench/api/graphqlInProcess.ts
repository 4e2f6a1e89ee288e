import { configToSchema } from '@payloadcms/graphql'
import { execute, parse, specifiedRules, validate } from 'graphql/index.js' // the CommonJS build, the one @payloadcms/graphql's schema was made with
import { createPayloadRequest, type SanitizedConfig } from 'payload'

/**
 * A GraphQL POST answered in-process, as Payload's route does it (a Payload request from the Fetch request,
 * the config's schema and validation rules), with the schema built per config: Payload's route keeps one
 * schema per process, and the bench runs two configs side by side.
 */
export function graphqlInProcess(config: SanitizedConfig, key: string) {
  const { schema, validationRules } = configToSchema(config)
  return async (query: string, cookie?: string): Promise<{ status: number; text: string }> => {
    const headers = new Headers({ 'content-type': 'application/json' })
    if (cookie) headers.set('cookie', cookie)
    const request = new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query }),
    })
    const req = await createPayloadRequest({ config, request, payloadInstanceCacheKey: key, canSetHeaders: true })
    const document = parse(query)
    const args = { schema, document, contextValue: { req, headers: {} } }
    const errors = validate(schema, document, [...specifiedRules, ...validationRules(args as never)])
    const result = errors.length ? { errors } : await execute(args)
    return { status: result.errors?.length ? 400 : 200, text: JSON.stringify(result) }
  }
}
