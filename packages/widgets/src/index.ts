export { defineElement } from './define'
