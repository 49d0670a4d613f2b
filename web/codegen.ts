import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the hub's own schema: a schema change that breaks a page breaks the build.
const config: CodegenConfig = {
  schema: ['../graphql/src/main/resources/graphql/library/*.graphqls', '../graphql/src/main/resources/graphql/hub/*.graphqls'],
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        scalars: { DateTime: 'string', Date: 'string', Decimal: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
