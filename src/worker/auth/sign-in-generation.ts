/**
Every sign-in and silent renewal carries the generation it started in. Sign-out and every change
of API raise it, which voids all those still running: a voided one stores nothing, so a renewal
cannot sign in again the user who just signed out, nor keep a token meant for the API left.

In memory, not in storage: it must outlive only the sign-ins that read it, and none outlives its
worker. A stopped worker's sign-in window answers nobody, since the `launchWebAuthFlow` promise and
all that follows it go with the worker; so a new worker, starting again at 0, has no older
sign-in left to tell apart.
*/
let generation = 0;

export const currentGeneration = () => generation;

export function voidSignIns(): void {
	generation++;
}
