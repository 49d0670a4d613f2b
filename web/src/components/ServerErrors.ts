import type { FormInstance } from 'antd';
import type { CombinedError } from 'urql';

/**
 * Puts the server's refusals at the form's fields: a refusal names its field as the API does
 * (`input.contact.phone`), the form calls it ['contact', 'phone']. What names no field of the
 * form is returned, to be shown above it.
 */
export function showAtFields(form: FormInstance, error: CombinedError, prefix = 'input.'): string[] {
  const elsewhere: string[] = [];
  const known = new Set(Object.keys(form.getFieldsValue(true)));
  error.graphQLErrors.forEach((e) => {
    const field = typeof e.extensions?.field === 'string' ? e.extensions.field : null;
    const path = field?.startsWith(prefix) ? field.slice(prefix.length).split('.') : field ? [field] : null;
    if (path && known.has(path[0])) {
      form.setFields([{ name: path, errors: [e.message] }]);
    } else {
      elsewhere.push(e.message);
    }
  });
  if (error.networkError) elsewhere.push(error.networkError.message);
  return elsewhere;
}
