using System.Globalization;
using WccAssure.Cli;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
return WccApp.Run(args, Console.Out, Console.Error);
