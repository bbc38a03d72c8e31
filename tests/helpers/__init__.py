"""What the tests share, one module per subject (conftest.py files hold only fixtures):

    clock        Clock: a clock the test moves by hand (the sandbox reads it)
    sandbox      the practice sandbox: demo accounts and people, the app in-process
                 (asgi_transport, Gate), and the plugin fixtures sandbox_app,
                 sandbox_asgi_client, sandbox_process and live_sandbox
    sandbox_api  the sandbox's own tests: a synchronous JSON client (Api), refusal(),
                 a setup made through the management API as dicts
    xwms         the client under test against the sandbox: run_async, Delays, signed_in,
                 in_process, a setup made through XwmsClient as models, person_allows
    http         a scripted raw HTTP/1.1 server, answer bytes, a port where nothing listens
    census       what the demo owner's account holds (holdings, counts, census)
    apply        the apply engine on the app in-process: a plan, a signed-in client, Interrupting
    live         a correct setup made for Live-mode tests, and ways to spoil it
    handoff      Hypothesis strategies, plain facts and their .env, Node's dotenv as a reader
    gui          driving the wizard: run, FakePrompts, find, click_next, go_to, states, ...
    filekeyring  a keychain in a JSON file, for child processes
"""
