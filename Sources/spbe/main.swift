import Foundation
import SPBECLI

// A global, so what the command loaded is still referenced at `exit` and never freed piece by piece.
let context = Context.process()
let status = Tool.main(Array(CommandLine.arguments.dropFirst()), context: context)
exit(status.rawValue)
