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
    // a list item is numbered in the API's path (input.products[0].amountMax) and in the form's (['products', 0, 'amountMax'])
    const path = (field?.startsWith(prefix) ? field.slice(prefix.length).split(/[.[\]]+/).filter(Boolean) : field ? [field] : null)
      ?.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    if (path && known.has(String(path[0]))) {
      form.setFields([{ name: path, errors: [e.message] }]);
    } else {
      elsewhere.push(e.message);
    }
  });
  if (error.networkError) elsewhere.push(error.networkError.message);
  return elsewhere;
}
