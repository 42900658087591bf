// Stylesheets imported for their side effect in browser tests (vite loads them).
declare module '*.css';
