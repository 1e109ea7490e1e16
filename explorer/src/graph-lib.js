// The one graph library the explorer page loads: Cytoscape.js with the fCoSE layout.
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";

cytoscape.use(fcose);

export default cytoscape;
