import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

/** Helmet's security headers on every answer, errors included; the API serves JSON only, so its CSP allows nothing. */
export const securityHeadersPlugin = fp(
  async (fastify) => {
    await fastify.register(helmet, {
      global: true,
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    });
  },
  { name: 'security-headers', fastify: '5.x' },
);
