/** Stylesheets do nothing in jsdom: imports of `.css` files resolve here in specs. */
export default {};
