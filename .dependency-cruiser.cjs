/**
 * The allowed arrows between the libraries (docs/architecture.md draws them). Each library may import only the
 * ones listed for it; the map has no cycle, so neither can the code. Apps may import any library; no library an app.
 */
const MAY_IMPORT = {
  'event-store': [],
  projections: ['event-store'],
  platform: ['event-store', 'projections'],
  'shared-kernel': ['platform'],
  auth: ['platform', 'projections', 'event-store'],
  incidents: ['platform', 'projections', 'event-store', 'shared-kernel'],
  activities: ['platform', 'projections', 'event-store', 'shared-kernel'],
  risks: ['platform', 'projections', 'event-store', 'shared-kernel', 'incidents'],
  'casualty-reviews': ['platform', 'projections', 'event-store', 'shared-kernel', 'incidents'],
  notifications: ['platform', 'projections', 'event-store', 'shared-kernel', 'casualty-reviews'],
  reporting: ['platform', 'projections', 'event-store', 'shared-kernel', 'incidents', 'activities', 'risks', 'casualty-reviews', 'notifications'],
};

const arrowRules = Object.entries(MAY_IMPORT).map(([library, allowed]) => ({
  name: `arrows-from-${library}`,
  comment: `libs/${library} may import only ${allowed.length ? allowed.join(', ') : 'itself'} among the libraries`,
  severity: 'error',
  from: { path: `^libs/${library}/` },
  to: { path: '^libs/', pathNot: `^libs/(${[library, ...allowed].join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...arrowRules,
    {
      name: 'no-library-imports-an-app',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'domain-rules-stay-pure',
      comment: 'deciders and events are pure: no Nest, no database driver, no store client',
      severity: 'error',
      from: { path: '\\.(decider|events)\\.ts$' },
      to: { path: 'node_modules/(@nestjs|better-sqlite3|@eventstore|class-validator|class-transformer)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(libs|apps)/' },
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
