import { buildContext } from '../build-context';
import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it.each([
    ['Does the hospital have EV chargers in the parking garage?', 'en'],
    ['lol', 'en'],
    ['Me llamo Carmen Ruiz y necesito una cita con cardiología', 'es'],
    ['Gracias por todo. Los mejores enfermeros 💙', 'es'],
    ['¿Qué hacemos?', 'es'],
    ['Mi esposo tiene dolor de pecho', 'es'],
    ['💯💯', 'und'],
    ['?', 'und'],
    ['', 'und'],
    ['12/12 555-0100', 'und'],
  ])('%s → %s', (text, expected) => {
    expect(detectLanguage(buildContext(text)).language).toBe(expected);
  });
});
