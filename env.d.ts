interface ImportMetaEnv {
  /** True in the e2e build only (see wxt.config.ts). */
  readonly SIDELIGHT_E2E: boolean;
}
