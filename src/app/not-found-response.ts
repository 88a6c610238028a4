import { data } from 'react-router';

/** Thrown by loaders for unknown languages, modules, steps and damaged links. */
export function notFound() {
  return data(null, { status: 404, statusText: "Not Found" });
}
