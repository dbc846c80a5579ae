import Dispatch
import Foundation
import OpenplanCore

/// Ctrl-C, SIGTERM or SIGHUP during `openplan build`: the half-built staging folder is removed
/// before the process ends, so a stopped build leaves nothing behind. The published site is
/// never touched (it is only replaced by a rename at the very end). SIGKILL cannot be caught;
/// the next build removes what such a build left.
enum BuildInterruption {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func removeStagingOnSignal() {
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                StagingFolder.discardAllUnderWay()
                FileHandle.standardError.write(Data("Stopped: nothing was published, and the previous website is unchanged.\n".utf8))
                exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
