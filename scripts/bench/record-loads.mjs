// Module hooks for cold-start.mjs: reports every module Node loads (ESM and, through the ESM loader, CJS).
let port;

export async function initialize(data) {
  port = data.port;
}

export async function load(url, context, nextLoad) {
  port.postMessage(url);
  return nextLoad(url, context);
}
