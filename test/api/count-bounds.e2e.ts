import { startTestApp, type TestApp } from '../support/test-app';

interface SchemaObject {
  type?: string;
  maximum?: number;
  properties?: Record<string, SchemaObject>;
}

/** Every count the API takes has a realistic upper bound, and the OpenAPI document tells clients what it is. */
describe('count bounds in the OpenAPI document', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('documents a maximum for every number a request body takes', async () => {
    const schemas: Record<string, SchemaObject> = (await api.request('GET', '/api/docs-json')).body.components.schemas;
    const unbounded = Object.entries(schemas).flatMap(([schema, { properties = {} }]) =>
      Object.entries(properties)
        // A revision is only compared with the stream's, never summed: any whole number is harmless there.
        .filter(([name]) => name !== 'expectedRevision')
        .filter(([, property]) => (property.type === 'integer' || property.type === 'number') && property.maximum === undefined)
        .map(([name]) => `${schema}.${name}`),
    );
    expect(unbounded).toEqual([]);
    expect(schemas.LogMovementRequest.properties!.advisersEscorted).toMatchObject({ minimum: 1, maximum: 1000 });
    expect(schemas.HeatIllnessDetailsDto.properties!.casualties).toMatchObject({ minimum: 1, maximum: 1000 });
  });
});
