/** Injection token of the validated AppConfig, provided by AppModule.forRoot. */
export const APP_CONFIG = Symbol('APP_CONFIG');
