export const showFor = (operation: string) => ({ resource: ['product'], operation: [operation] });
