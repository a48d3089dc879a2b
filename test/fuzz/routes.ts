import { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { ALLOWED_ROLES, PUBLIC_ROUTE, STAFF_ROLES, StaffRole } from '@era/platform';

/** An OpenAPI schema, as far as the fuzzer reads it. */
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  nullable?: boolean;
  required?: string[];
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: Schema;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface FuzzRoute {
  method: string;
  /** The OpenAPI path template, `/licences/{id}/versions/{versionId}`. */
  path: string;
  operationId: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** JSON body (its schema), the raw bytes of a file upload, or none. */
  body: { kind: 'json'; schema: Schema } | { kind: 'raw' } | { kind: 'none' };
  /** Roles the router lets through: the fuzzer sends a token of one of them, so that requests get past the guard. */
  roles: readonly StaffRole[];
}

/**
 * Every route the service serves, from its own OpenAPI document (paths, parameters, body schemas) and the Nest router's
 * metadata (which roles may call each handler): a route added tomorrow is fuzzed without editing this suite.
 */
export function routesOf(app: INestApplication, document: OpenApiDocument): FuzzRoute[] {
  const roles = rolesByOperation(app);
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const parameters = operation.parameters ?? [];
      const content = operation.requestBody?.content ?? {};
      const json = content['application/json'];
      const body: FuzzRoute['body'] = json ? { kind: 'json', schema: json.schema ?? {} } : Object.keys(content).length > 0 ? { kind: 'raw' } : { kind: 'none' };
      const allowed = roles.get(operation.operationId);
      if (!allowed) throw new Error(`no handler found for operation ${operation.operationId}: the fuzzer cannot tell who may call it`);
      return {
        method: method.toUpperCase(),
        path,
        operationId: operation.operationId,
        pathParams: parameters.filter((parameter) => parameter.in === 'path'),
        queryParams: parameters.filter((parameter) => parameter.in === 'query'),
        body,
        roles: allowed,
      };
    }),
  );
}

/** `Controller_method` (the operationId @nestjs/swagger gives) to the roles its guard lets through. */
function rolesByOperation(app: INestApplication): Map<string, readonly StaffRole[]> {
  const byOperation = new Map<string, readonly StaffRole[]>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const metadata = (key: string) => Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);
        const allowed: StaffRole[] | undefined = metadata(ALLOWED_ROLES);
        byOperation.set(`${controller.name}_${name}`, metadata(PUBLIC_ROUTE) ? [] : (allowed ?? [...STAFF_ROLES]));
      }
    }
  }
  return byOperation;
}

/** A schema with its `$ref`s followed (one level: properties resolve theirs as they are generated). */
export function resolve(schema: Schema, document: OpenApiDocument): Schema {
  if (schema.$ref) return resolve(document.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')] ?? {}, document);
  if (schema.allOf?.length) return resolve(schema.allOf[0], document);
  return schema;
}
