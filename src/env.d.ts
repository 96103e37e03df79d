/** Paths for the share images, set in astro.config.mjs: the project root and the drawn images' cache. (A global
    rather than import.meta.env, which Astro also fills from the environment at run time.) */
declare const __SHARE_IMAGES__: import('./og/share-images').ShareImagePaths;
