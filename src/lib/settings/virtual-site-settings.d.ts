/** The organisation's settings as the build read them (src/integrations/site-settings.ts). */
declare module 'virtual:co-guide/site-settings' {
  const settings: import('../../schemas/site-settings').SiteSettings;
  export default settings;
}
