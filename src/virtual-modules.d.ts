// Modules that exist only inside the build (Vite plugins of src/integrations/).

/** The URL of mermaid's prebuilt browser bundle under the site's base (integrations/mermaid-runtime.ts). */
declare module 'virtual:mermaid-runtime' {
  const url: string;
  export default url;
}
