import { HttpException, RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModuleRef, ModulesContainer, Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { AuthGuard } from '../../libs/auth/src/auth.guard';
import { AuthModule } from '../../libs/auth/src/auth.module';
import { PUBLIC_KEY, ROLES_KEY, Roles } from '../../libs/platform/src/http/roles';
import { ROLES, type Role } from '../../libs/platform/src/role';
import { operationsOf, PUBLIC_ROUTES, routeName, type OpenApiDocument } from '../fuzz/support/openapi';
import { startTestApp, type TestApp } from '../support/test-app';

/** One handler of a controller the app serves, with what its decorators say about who may call it. */
interface RouteMarks {
  route: string;
  roles: Role[] | undefined;
  isPublic: boolean;
}

const pathsOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value : [value ?? '']);
/** `api`, the controller's path and the handler's, in the OpenAPI document's spelling (`/api/incidents/{id}`). */
const templateOf = (...parts: string[]) =>
  `/${['api', ...parts].flatMap((part) => part.split('/')).filter(Boolean).join('/')}`.replace(/:(\w+)/g, '{$1}');

/** Every route handler of every controller registered in the running app, as the guard's Reflector reads it. */
function routesOf(api: TestApp): RouteMarks[] {
  const reflector = api.app.get(Reflector);
  const scanner = new MetadataScanner();
  const controllers = new DiscoveryService(api.app.get(ModulesContainer)).getControllers();
  return controllers.flatMap(({ metatype }) => {
    const controller = metatype as Type;
    const prototype = controller.prototype as Record<string, (...args: unknown[]) => unknown>;
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name];
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) return [];
      const targets = [handler, controller];
      const marks = { roles: reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets), isPublic: reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true };
      return pathsOf(Reflect.getMetadata(PATH_METADATA, controller)).flatMap((base) =>
        pathsOf(Reflect.getMetadata(PATH_METADATA, handler)).map((path) => ({ route: `${RequestMethod[method]} ${templateOf(base, path)}`, ...marks })),
      );
    });
  });
}

/** Handlers as a future controller might declare them: one forgot @Roles, one named no role, one names them all. */
class FutureController {
  forgotRoles(): void {}
  @Roles()
  namesNoRole(): void {}
  @Roles(...ROLES)
  namesEveryRole(): void {}
}

describe('roles on routes (SPEC 2): a forgotten @Roles can never open a route', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  describe('every route names its roles or is marked public', () => {
    let routes: RouteMarks[];
    beforeAll(() => {
      routes = routesOf(api);
    });

    it('finds exactly the routes the OpenAPI document lists, so none is left out of the checks below', async () => {
      const document: OpenApiDocument = (await api.request('GET', '/api/docs-json')).body;
      expect(routes.map(({ route }) => route).sort()).toEqual(operationsOf(document).map(routeName).sort());
    });

    it('gives every route at least one known role, or the explicit @Public() mark', () => {
      const unmarked = routes.filter(({ roles, isPublic }) => !isPublic && (roles === undefined || roles.length === 0)).map(({ route }) => route);
      expect(unmarked).toEqual([]);
      const unknownRoles = routes.filter(({ roles }) => roles?.some((role) => !ROLES.includes(role))).map(({ route, roles }) => `${route}: ${roles}`);
      expect(unknownRoles).toEqual([]);
    });

    it('marks public only the routes SPEC 2 opens without a token', () => {
      expect(routes.filter(({ isPublic }) => isPublic).map(({ route }) => route).sort()).toEqual([...PUBLIC_ROUTES].sort());
    });
  });

  describe('the roles guard without metadata', () => {
    let guard: AuthGuard;
    beforeAll(async () => {
      // Built by the app's own injector, so the guard has whatever it depends on in production.
      guard = await api.app.select(AuthModule).get(ModuleRef, { strict: true }).create(AuthGuard);
    });

    /** What the guard answers a caller with a valid token of `role` for `handler`: 'allowed' or the HTTP status. */
    const verdict = async (handler: keyof FutureController, role: Role) => {
      const request = { headers: { authorization: `Bearer ${api.tokens[role]}` } };
      const context = new ExecutionContextHost([request, {}, undefined], FutureController, FutureController.prototype[handler]);
      try {
        return (await guard.canActivate(context)) === true ? 'allowed' : 'refused';
      } catch (error) {
        return error instanceof HttpException ? error.getStatus() : error;
      }
    };
    const verdicts = async (handler: keyof FutureController) =>
      Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await verdict(handler, role)])));
    const everyRole = (answer: unknown) => Object.fromEntries(ROLES.map((role) => [role, answer]));

    it('lets every role through a handler that names them all, so the refusals below come from the missing roles', async () => {
      expect(await verdicts('namesEveryRole')).toEqual(everyRole('allowed'));
    });

    it('refuses every role with 403 on a handler without @Roles', async () => {
      expect(await verdicts('forgotRoles')).toEqual(everyRole(403));
    });

    it('refuses every role with 403 on a handler whose @Roles() names none', async () => {
      expect(await verdicts('namesNoRole')).toEqual(everyRole(403));
    });
  });
});
