/**
 * The OpenAPI 3.1 document of the sync API, generated from the endpoint list and zod schemas in
 * shared/sync (z.toJSONSchema, JSON Schema 2020-12, which is OpenAPI 3.1's dialect). Served at
 * GET /api/v1/openapi.json; nothing is fetched from anywhere to render it.
 */
import { z } from 'zod';
import { ENDPOINTS, type Endpoint } from '../../shared/sync/endpoints';
import { API_PREFIX, ErrorResponseSchema, SERVER_TIME_HEADER } from '../../shared/sync/protocol';

type JsonObject = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  return rest;
}

function parameters(endpoint: Endpoint): JsonObject[] {
  const list: JsonObject[] = [];
  for (const [where, schema] of [
    ['path', endpoint.params],
    ['query', endpoint.query],
  ] as const) {
    if (!schema) continue;
    const document = jsonSchema(schema, 'input');
    const properties = (document['properties'] ?? {}) as Record<string, JsonObject>;
    const required = new Set((document['required'] ?? []) as string[]);
    for (const [name, property] of Object.entries(properties))
      list.push({ name, in: where, required: where === 'path' || required.has(name), schema: property });
  }
  if (endpoint.body && 'binary' in endpoint.body)
    for (const header of endpoint.body.headers)
      list.push({ name: header, in: 'header', required: header === 'upload-offset', schema: { type: 'string' } });
  return list;
}

function operation(endpoint: Endpoint): JsonObject {
  const responses: JsonObject = {};
  for (const [status, response] of Object.entries(endpoint.responses)) {
    const success = Number(status) < 400;
    const headers: JsonObject = { [SERVER_TIME_HEADER]: { schema: { type: 'string', format: 'date-time' } } };
    for (const header of response.headers ?? []) headers[header] = { schema: { type: 'string' } };
    const content = response.schema
      ? { 'application/json': { schema: jsonSchema(response.schema, 'output') } }
      : response.binary
        ? { [response.binary]: { schema: { type: 'string', contentMediaType: response.binary } } }
        : success
          ? undefined
          : { 'application/json': { schema: jsonSchema(ErrorResponseSchema, 'output') } };
    responses[status] = { description: response.description, headers, ...(content ? { content } : {}) };
  }
  if (!responses['400'])
    responses['400'] = {
      description: 'The request is not valid.',
      content: { 'application/json': { schema: jsonSchema(ErrorResponseSchema, 'output') } },
    };
  if (endpoint.auth) responses['401'] ??= { description: 'No valid access token.' };
  responses['429'] = { description: 'Too many requests; see Retry-After.', headers: { 'retry-after': { schema: { type: 'integer' } } } };
  const body = endpoint.body
    ? 'schema' in endpoint.body
      ? { required: true, content: { 'application/json': { schema: jsonSchema(endpoint.body.schema, 'input') } } }
      : { required: true, content: { [endpoint.body.binary]: { schema: { type: 'string', contentMediaType: endpoint.body.binary } } } }
    : undefined;
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    ...(endpoint.auth ? {} : { security: [] }),
    parameters: parameters(endpoint),
    ...(body ? { requestBody: body } : {}),
    responses,
  };
}

export function buildOpenApiDocument(version: string): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const endpoint of ENDPOINTS) {
    const path = `${API_PREFIX}${endpoint.path}`;
    paths[path] = { ...(paths[path] ?? {}), [endpoint.method.toLowerCase()]: operation(endpoint) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Inspection Workbench agency gateway',
      version,
      description:
        'Sync API for the Inspection Workbench: sessions, assignments, change push and pull, resumable blob uploads, library. Every response carries Date and X-Server-Time.',
    },
    servers: [{ url: '/' }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    security: [{ bearer: [] }],
    paths,
  };
}
