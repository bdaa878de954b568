import path from 'node:path'

/** pnpm runs package scripts inside apps/cms; paths on the command line mean the caller's folder. */
export const fromCallerDir = (file: string): string => path.resolve(process.env.INIT_CWD ?? process.cwd(), file)
