/** The keyboard commands of manifest.json, by the names the manifest gives them. */
export const pauseCommand = 'pause-all-offers';
