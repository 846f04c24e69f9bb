import { render, screen } from '@testing-library/react';
import { ClientCode } from '@/taskpane/components/ClientCode';

describe('ClientCode', () => {
  it('renders the code as is, in a span that does not wrap', () => {
    render(
      <p>
        Nadia Gaillard est enregistrée (code <ClientCode code="CL-000136" />
        ).
      </p>,
    );
    const code = screen.getByText('CL-000136');
    expect(code.tagName).toBe('SPAN');
    expect(code.textContent).toBe('CL-000136');
    expect(getComputedStyle(code).whiteSpace).toBe('nowrap');
    expect(code.closest('p')).toHaveTextContent('Nadia Gaillard est enregistrée (code CL-000136).');
  });
});
