import { renderWithTheme } from '../testing/render-app';
import { PhiHighlightedText, type PhiSpanProps } from './PhiHighlightedText';

function marksOf(container: HTMLElement) {
  return [...container.querySelectorAll('mark')].map((mark) => ({
    text: mark.textContent,
    type: mark.getAttribute('data-phi-type'),
    title: mark.getAttribute('title'),
  }));
}

describe('PhiHighlightedText', () => {
  it('marks each PHI span at its UTF-16 offsets, also after emoji', () => {
    const text = '👩🏽‍⚕️ Nurse said call Dana Ruiz at 555-0142 😊 thanks';
    const name = text.indexOf('Dana Ruiz');
    const phone = text.indexOf('555-0142');
    const phi: PhiSpanProps[] = [
      { start: phone, end: phone + 8, type: 'PHONE' },
      { start: name, end: name + 9, type: 'PERSON_NAME' },
    ];

    const { container } = renderWithTheme(<PhiHighlightedText text={text} phi={phi} />);

    expect(marksOf(container)).toEqual([
      { text: 'Dana Ruiz', type: 'person_name', title: 'PHI: Person name' },
      { text: '555-0142', type: 'phone', title: 'PHI: Phone number' },
    ]);
    expect(container.querySelector('p')?.textContent).toBe(text);
  });

  it('renders plain text when there is no PHI', () => {
    const { container } = renderWithTheme(
      <PhiHighlightedText text="Thank you, ward 3!" phi={[]} />,
    );

    expect(container.querySelectorAll('mark')).toHaveLength(0);
    expect(container.querySelector('p')?.textContent).toBe('Thank you, ward 3!');
  });
});
