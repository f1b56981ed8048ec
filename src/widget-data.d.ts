// The widget data modules served by src/integrations/widget-data.ts, typed by the schemas that read them.
declare module 'virtual:co-guide/data/measures' {
  const value: import('./schemas/measure').Measure[];
  export default value;
}
declare module 'virtual:co-guide/data/age-bands' {
  const value: import('./schemas/age-band').AgeBandEntry[];
  export default value;
}
declare module 'virtual:co-guide/data/fudo-groups' {
  const value: import('./schemas/fudo-group').FudoGroupEntry[];
  export default value;
}
declare module 'virtual:co-guide/data/penetration-steps' {
  const value: import('./schemas/penetration-step').PenetrationStep[];
  export default value;
}
declare module 'virtual:co-guide/data/self-check-rules' {
  const value: import('./schemas/self-check-rules').SelfCheckRules;
  export default value;
}
declare module 'virtual:co-guide/data/org-check-rules' {
  const value: import('./schemas/org-check-rules').OrgCheckRules;
  export default value;
}
declare module 'virtual:co-guide/data/gap-mapping' {
  const value: import('./schemas/gap-mapping').GapMapping;
  export default value;
}
declare module 'virtual:co-guide/data/instruments/self-check' {
  const value: import('./schemas/instrument').Instrument;
  export default value;
}
declare module 'virtual:co-guide/data/instruments/org-check' {
  const value: import('./schemas/instrument').Instrument;
  export default value;
}
declare module 'virtual:co-guide/data/search-synonyms' {
  const value: import('./schemas/search-synonym').SearchSynonym[];
  export default value;
}
