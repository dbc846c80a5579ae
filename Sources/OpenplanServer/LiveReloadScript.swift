import Foundation

/// The small script that makes an open page reload itself after a rebuild.
///
/// It exists only in responses from the preview server: it is added to HTML as it is sent, and is
/// never written into the preview folder, so `build` output can never carry it.
///
/// Each page knows the build generation it was served from. When the event stream connects (or
/// reconnects after the server restarts) the server says which generation is current, so a page
/// that missed a rebuild while it was loading still reloads.
enum LiveReloadScript {
    static let eventsPath = "/_openplan/events"

    static func tag(generation: Int) -> String {
        """
        <script>/* Openplan preview: reloads this page after each save. Not part of the built site. */
        (function () {
          if (!window.EventSource) return;
          var served = \(generation);
          var source = new EventSource("\(eventsPath)");
          function check(event) { if (String(event.data) !== String(served)) location.reload(); }
          source.addEventListener("hello", check);
          source.addEventListener("reload", check);
          source.addEventListener("error", function (event) { if (event.data !== undefined) check(event); });
        })();
        </script>
        """
    }

    /// The page with the script added just before its last `</body>`, or at the end if it has none.
    static func inject(into html: String, generation: Int) -> String {
        let script = tag(generation: generation)
        guard let close = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) else {
            return html + script
        }
        var result = html
        result.insert(contentsOf: script + "\n", at: close.lowerBound)
        return result
    }
}
