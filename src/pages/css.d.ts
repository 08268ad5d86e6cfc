// Stylesheets are imported for their side effect: the build emits them beside the page's script.
declare module '*.css';
