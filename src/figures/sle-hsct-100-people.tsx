/**
 * The lupus part shows the same icon array as the risks part (100 people with lupus
 * after a transplant, 11 died from the treatment within 100 days), with its own words.
 */
export { default } from './risks-100-people';
