return Clysm.Runtime.Engine.Wasmtime.WorkerHost.Main(args);
