### Words of the HTML site's interface: every page's header, footer and
### navigation. The facts (names, numbers, addresses) come from
### content/facts.toml as variables.

site-licence = Contains public sector information licensed under the [{ $ogl-name }]({ $ogl-web }). The easy-read text and the pictures are careguide's own work.
