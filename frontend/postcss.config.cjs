module.exports = {
  plugins: {
    'postcss-preset-mantine': {},
    'postcss-simple-vars': {
      variables: {
        'mantine-breakpoint-xs': '36em',
        'mantine-breakpoint-sm': '48em',
        'mantine-breakpoint-md': '62em',
        'mantine-breakpoint-lg': '75em',
        'mantine-breakpoint-xl': '88em',
      },
      // Our CSS must name known variables; libraries' CSS may contain a literal `\$` (Swagger UI's
      // `.json-schema-2020-12-keyword--\$vocabulary`), which stays as it is.
      unknown: (node, name) => {
        if (node.source?.input.file?.includes('node_modules')) return undefined;
        throw node.error(`Undefined variable $${name}`);
      },
    },
  },
};
